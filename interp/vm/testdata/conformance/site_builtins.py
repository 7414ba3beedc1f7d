import sys
print(repr(credits)); print(repr(copyright)); print(type(credits).__name__, type(license).__module__)
credits()
print(sys.copyright == repr(copyright))
