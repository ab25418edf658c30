# open() on the program's file system: write, append, read back, iterate, and a missing file.
with open('notes.txt', 'w') as f:
    print(f.write('first line\n'), f.closed)
print(f.closed)
with open('notes.txt', 'a') as f:
    f.write('second line\n')
f = open('notes.txt')
print(repr(f.read()))
f.close()
for line in open('notes.txt'):
    print('>', line, end='')
print(open('notes.txt').readlines(), open('notes.txt').readline())
open('missing.txt')
