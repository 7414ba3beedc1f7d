µ = 1
ﬁle = 2
ｘ = 3
print(µ, ﬁle, ｘ)
import ａ
from . import ｂ as ｃ
def ｆ(ｇ, *, ｈ=1):
    global Å
    return ｇ.ｉ(ｊ=2)
été = 1
