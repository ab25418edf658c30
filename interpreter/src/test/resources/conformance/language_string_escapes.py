# Every backslash escape of Python string literals, in plain strings and f-strings.
print(repr("\x41\x62\x0b\x7f"), len("\x00"))
print("\u00e9\u4e2d\u6587", "\U0001F600" == "\U0001f600", "\U0001F600")
print(repr("\101\1012\0\7"), len("\1234"))
print(repr("\a\b\f\v\t\r\n"))
print(repr("\q \d"), "\\", '\'', "\"")
print(repr(r"\x41\n"), len(r"\u00e9"))
name = "张量"
print(f"\x3c{name}\x3e \u2192 {len(name)}\t|")
print("line one \
continued")
print("""triple \x41
\u00e9""")
print(ord("\x80"), ord("\u0100"), hex(ord("\U00010000")))

