# An exception raised while handling another: CPython prints both, the first one first.
def load(name):
    raise FileNotFoundError("no such file: " + name)


def setup():
    try:
        load("weights.pt")
    except FileNotFoundError:
        raise RuntimeError("model could not be set up")


print("before")
setup()
