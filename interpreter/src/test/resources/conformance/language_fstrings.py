# f-strings without format specs (specs are covered with the str.format tests), and
# the other literal forms: escapes, raw strings, triple quotes, implicit concatenation.
name = "torch"
version = 2
items = [1, 2]
print(f"{name} v{version}", f"{items}", f"{name!r}", f"{{braces}}", f"{version + 1}")
print(f"{'nested'} {name.upper() if hasattr(name, 'upper') else name}", f"{version=}", f"{ version = }")
print(f"a" "b" f"{version}", rf"raw\n{version}", f"tab\t{version}")
print(f"""multi
{name}
line""")
value = 3.5
print(f"{value}", f"{value!s}", f"{None}", f"{True}", f"{[f'{i}' for i in range(2)]}")
