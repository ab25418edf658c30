package dev.torchlet.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The hash table behind set and frozenset, laid out exactly as CPython 3.11's setobject.c lays
 * it out (8 slots to start, linear probes of 9 then perturbed probing, dummies for deleted
 * slots, growth at 60% fill), because a set's iteration order, and so what {@code print({3, 1, 2})}
 * shows, is its table order.
 */
final class SetTable {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a deleted slot. */
    private static final PyObject DUMMY = PyNone.NONE;

    private PyObject[] keys = new PyObject[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private boolean[] dummy = new boolean[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    private int fill;
    private int used;
    private int finger;

    int size() {
        return used;
    }

    int mask() {
        return mask;
    }

    /** The active keys in table order. */
    List<PyObject> keys() {
        List<PyObject> out = new ArrayList<>(used);
        for (int i = 0; i <= mask; i++) {
            if (keys[i] != null && !dummy[i]) {
                out.add(keys[i]);
            }
        }
        return out;
    }

    /** Adds {@code key}; false when an equal key was already there. */
    boolean add(PyObject key) {
        return add(key, key.hash());
    }

    private boolean add(PyObject key, long hash) {
        int freeSlot = -1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                if (keys[j] == null) {
                    int slot = freeSlot >= 0 ? freeSlot : j;
                    if (freeSlot < 0) {
                        fill++;
                    }
                    keys[slot] = key;
                    hashes[slot] = hash;
                    dummy[slot] = false;
                    used++;
                    if (freeSlot < 0 && (long) fill * 5 >= (long) mask * 3) {
                        resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (dummy[j]) {
                    if (freeSlot < 0) {
                        freeSlot = j;
                    }
                } else if (hashes[j] == hash && (keys[j] == key || Comparisons.equal(keys[j], key))) {
                    return false;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** The slot holding a key equal to {@code key}, or -1. */
    private int find(PyObject key) {
        long hash = key.hash();
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                if (keys[j] == null) {
                    return -1;
                }
                if (!dummy[j] && hashes[j] == hash && (keys[j] == key || Comparisons.equal(keys[j], key))) {
                    return j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    boolean contains(PyObject key) {
        return find(key) >= 0;
    }

    /** Removes {@code key}; false when it was absent. */
    boolean discard(PyObject key) {
        int slot = find(key);
        if (slot < 0) {
            return false;
        }
        markDeleted(slot);
        return true;
    }

    private void markDeleted(int slot) {
        keys[slot] = DUMMY;
        dummy[slot] = true;
        hashes[slot] = -1;
        used--;
    }

    /** CPython's {@code set.pop()}: the first active slot from a moving finger. */
    PyObject pop() {
        if (used == 0) {
            return null;
        }
        int i = finger & mask;
        while (keys[i] == null || dummy[i]) {
            i++;
            if (i > mask) {
                i = 0;
            }
        }
        PyObject key = keys[i];
        markDeleted(i);
        finger = i + 1;
        return key;
    }

    void clear() {
        keys = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        dummy = new boolean[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
        finger = 0;
    }

    /** Rebuilds the table with room for {@code minUsed} keys, re-inserting in old table order. */
    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) {
            newSize <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        boolean[] oldDummy = dummy;
        keys = new PyObject[newSize];
        hashes = new long[newSize];
        dummy = new boolean[newSize];
        mask = newSize - 1;
        fill = used;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null && !oldDummy[i]) {
                insertClean(oldKeys[i], oldHashes[i]);
            }
        }
    }

    private void insertClean(PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /**
     * CPython's {@code set_merge}: adding a whole set first grows the table for both, and into an
     * empty table of the same size copies the slots as they are.
     */
    void merge(SetTable other) {
        if (other == this || other.used == 0) {
            return;
        }
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) {
            resize((used + other.used) * 2);
        }
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            for (int i = 0; i <= mask; i++) {
                if (other.keys[i] != null && !other.dummy[i]) {
                    keys[i] = other.keys[i];
                    hashes[i] = other.hashes[i];
                }
            }
            fill = other.used;
            used = other.used;
            return;
        }
        if (fill == 0) {
            for (int i = 0; i <= other.mask; i++) {
                if (other.keys[i] != null && !other.dummy[i]) {
                    insertClean(other.keys[i], other.hashes[i]);
                    fill++;
                    used++;
                }
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            if (other.keys[i] != null && !other.dummy[i]) {
                add(other.keys[i], other.hashes[i]);
            }
        }
    }

    /** Takes over another table's exact layout (CPython's set_swap_bodies, used by intersection_update). */
    void become(SetTable other) {
        keys = other.keys.clone();
        hashes = other.hashes.clone();
        dummy = other.dummy.clone();
        mask = other.mask;
        fill = other.fill;
        used = other.used;
        finger = other.finger;
    }
}
