from __future__ import annotations, division
import __future__
print(__future__.all_feature_names)
for n in __future__.all_feature_names:
    f = getattr(__future__, n)
    print(n, f, f.getOptionalRelease(), f.getMandatoryRelease(), f.compiler_flag)
print(division, sorted(x for x in __future__.__all__))
def f(x: undefined): pass
print(f.__annotations__)
