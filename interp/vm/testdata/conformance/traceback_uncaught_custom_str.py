class Boom(Exception):
    def __str__(self):
        return "boom with details"
def go():
    raise Boom()
go()
