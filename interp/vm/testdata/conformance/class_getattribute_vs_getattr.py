class Both:
    real = "real attr"
    def __getattribute__(self, name):
        print("getattribute", name)
        if name == "forbidden":
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        print("getattr fallback", name)
        return "fallback " + name
b = Both()
print(b.real)
print(b.missing)
print(b.forbidden)
