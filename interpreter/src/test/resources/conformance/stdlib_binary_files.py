# Binary files and io.BytesIO with bytes: write returns the count, read(n), readline, readlines,
# iteration by line, seek/tell, getvalue, append mode, and CPython's errors.
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


with open('data.bin', 'wb') as f:
    print(f.write(b'first line\n'), f.write(bytearray(b'second\n')), f.write(bytes(range(250, 256))), f.write(b''))
    print(f.tell(), f.writable(), f.readable())
    attempt("write str", lambda: f.write('text'))
    attempt("write int", lambda: f.write(5))

with open('data.bin', 'ab') as f:
    f.write(b'\nlast')

with open('data.bin', 'rb') as f:
    print(f.read(5), f.read(0), f.tell())
    print(f.readline(), f.readline(3), f.readline())
    print(f.readline(), f.readline(), f.readline())
    f.seek(0)
    print(f.readlines())
    f.seek(-4, 2)
    print(f.read(), f.read(), f.read(10))
    f.seek(0)
    content = f.read()
    print(len(content), type(content).__name__, content[-4:], content.split(b'\n')[0].decode())
    f.seek(0)
    print([line for line in f])

with open('data.bin', 'rb') as f:
    data = f.read()
print(data.count(b'\n'), data[11:18], list(data[18:24]))
attempt("read closed", lambda: f.read())

with open('text.txt', 'w') as f:
    f.write('héllo\nwörld\n')
with open('text.txt', 'rb') as f:
    raw = f.read()
print(raw, raw.decode('utf-8').splitlines())

# io.BytesIO
buffer = io.BytesIO()
print(buffer.write(b'abc'), buffer.write(bytearray(b'def')), buffer.tell(), buffer.getvalue())
buffer.seek(0)
print(buffer.read(2), buffer.read(), buffer.read())
buffer.seek(1)
buffer.write(b'XY')
print(buffer.getvalue(), buffer.tell())
buffer.seek(10)
buffer.write(b'!')
print(buffer.getvalue())
attempt("BytesIO write str", lambda: buffer.write('x'))

lines = io.BytesIO(b'one\ntwo\n\nthree')
print(lines.readline(), lines.readlines(), lines.readline(), lines.getvalue()[:3])
print(list(io.BytesIO(b'a\nb\n')), io.BytesIO(bytearray(b'xy')).read(), io.BytesIO(initial_bytes=b'kw').read())
attempt("BytesIO(str)", lambda: io.BytesIO('text'))
closed = io.BytesIO(b'x')
closed.close()
attempt("getvalue closed", lambda: closed.getvalue())
attempt("read closed", lambda: closed.read())
attempt("read(str)", lambda: io.BytesIO(b'x').read('a'))

# torch.save to memory gives the bytes of a file; they load back from a BytesIO or a file.
import torch

memory = io.BytesIO()
torch.save({'w': torch.tensor([1.0, 2.0])}, memory)
saved = memory.getvalue()
print(type(saved).__name__, saved[:2], torch.load(io.BytesIO(saved)))
with open('weights.pt', 'wb') as f:
    f.write(saved)
print(torch.load('weights.pt'))
