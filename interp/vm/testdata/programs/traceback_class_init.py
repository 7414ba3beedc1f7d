class Config:
    def __init__(self, path):
        self.path = path
        self.data = self.load()
    def load(self):
        raise FileNotFoundError("no such file: " + self.path)
Config("settings.ini")
