package dev.torchlet.python.runtime;

/** A dict key as Java's maps see it: Python's hash and == (so 1, 1.0 and True are one key). */
final class HashKey {
    final PyObject key;
    final long hash;

    HashKey(PyObject key) {
        this.key = key;
        this.hash = key.hash();
    }

    @Override
    public int hashCode() {
        return (int) (hash ^ (hash >>> 32));
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof HashKey o)) {
            return false;
        }
        return o.key == key || (o.hash == hash && Comparisons.equal(key, o.key));
    }
}
