from string import Template
t = Template('$who likes $what, $$5 ${who}s $')
print(t.safe_substitute(who='tim', what='kung pao'))
try:
    t.substitute(who='tim', what='kung pao')
except ValueError as e:
    print(e)
t = Template('$who likes ${what}; cost $$10')
print(t.substitute({'who': 'tim'}, what='pie'))
print(t.substitute(dict(who=1, what=2.5)))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
print(t.safe_substitute(who='x'))
print(Template('line1\nab $1 x').safe_substitute())
for s in ['line1\nab $1 x', '$', 'a${ b}', '${who', '$_x9 $Aa', '${a}b$a_b']:
    try:
        print(repr(Template(s).substitute(_x9=1, Aa=2, a='A', a_b='AB', who='W')))
    except ValueError as e:
        print('ValueError', e)
    except KeyError as e:
        print('KeyError', e)
try:
    t.substitute({}, {})
except TypeError as e:
    print(e)
class Pct(Template):
    delimiter = '%'
print(Pct('%who %% %{what}').substitute(who=1, what=2))
print(t.template, Template.delimiter, Template.idpattern)
