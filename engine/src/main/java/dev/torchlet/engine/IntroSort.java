package dev.torchlet.engine;

/**
 * {@code std::sort} as GCC's libstdc++ implements it (introsort: median-of-three quicksort down to
 * runs of 16, heapsort past the depth limit, then insertion sort), on positions ordered by
 * {@code keys[a] < keys[b]}. It is not stable, so where PyTorch's CPU kernels sort with it and
 * then read positions (mode), only the same sequence of moves gives the same positions. With NaN
 * the comparison is no ordering and C++'s unguarded loops may run off the array; where that would
 * happen this raises NotImplementedError instead.
 */
final class IntroSort {
    private static final int THRESHOLD = 16;

    private final double[] keys;
    private final int[] order;

    private IntroSort(double[] keys, int[] order) {
        this.keys = keys;
        this.order = order;
    }

    /** Sorts {@code order} (positions into {@code keys}) in place. */
    static void sort(double[] keys, int[] order) {
        int n = order.length;
        if (n == 0) {
            return;
        }
        IntroSort s = new IntroSort(keys, order);
        s.introsortLoop(0, n, 2 * (31 - Integer.numberOfLeadingZeros(n)));
        s.finalInsertionSort(0, n);
    }

    private boolean less(int a, int b) {
        return keys[a] < keys[b];
    }

    private boolean lessAt(int i, int j) {
        return less(order[i], order[j]);
    }

    private void swap(int i, int j) {
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
    }

    private void introsortLoop(int first, int last, int depthLimit) {
        while (last - first > THRESHOLD) {
            if (depthLimit == 0) {
                heapSort(first, last);
                return;
            }
            depthLimit--;
            int cut = partitionAroundPivot(first, last);
            introsortLoop(cut, last, depthLimit);
            last = cut;
        }
    }

    private int partitionAroundPivot(int first, int last) {
        int mid = first + (last - first) / 2;
        moveMedianToFirst(first, first + 1, mid, last - 1);
        int lo = first + 1;
        int hi = last;
        while (true) {
            while (lessAt(lo, first)) {
                lo++;
                inBounds(lo, order.length);
            }
            hi--;
            while (lessAt(first, hi)) {
                hi--;
                inBounds(hi, order.length);
            }
            if (lo >= hi) {
                return lo;
            }
            swap(lo, hi);
            lo++;
        }
    }

    private void moveMedianToFirst(int result, int a, int b, int c) {
        if (lessAt(a, b)) {
            if (lessAt(b, c)) {
                swap(result, b);
            } else if (lessAt(a, c)) {
                swap(result, c);
            } else {
                swap(result, a);
            }
        } else if (lessAt(a, c)) {
            swap(result, a);
        } else if (lessAt(b, c)) {
            swap(result, c);
        } else {
            swap(result, b);
        }
    }

    private void finalInsertionSort(int first, int last) {
        if (last - first > THRESHOLD) {
            insertionSort(first, first + THRESHOLD);
            for (int i = first + THRESHOLD; i < last; i++) {
                unguardedLinearInsert(i);
            }
        } else {
            insertionSort(first, last);
        }
    }

    private void insertionSort(int first, int last) {
        for (int i = first + 1; i < last; i++) {
            int moving = order[i];
            if (less(moving, order[first])) {
                System.arraycopy(order, first, order, first + 1, i - first);
                order[first] = moving;
            } else {
                unguardedLinearInsert(i);
            }
        }
    }

    /** Moves order[i] down past greater entries; C++ relies on a smaller entry before it, checked here. */
    private void unguardedLinearInsert(int i) {
        int moving = order[i];
        int j = i;
        while (true) {
            inBounds(j - 1, order.length);
            if (!less(moving, order[j - 1])) {
                break;
            }
            order[j] = order[j - 1];
            j--;
        }
        order[j] = moving;
    }

    private void heapSort(int first, int last) {
        int len = last - first;
        if (len >= 2) {
            for (int parent = (len - 2) / 2; ; parent--) {
                adjustHeap(first, parent, len, order[first + parent]);
                if (parent == 0) {
                    break;
                }
            }
        }
        while (last - first > 1) {
            last--;
            int value = order[last];
            order[last] = order[first];
            adjustHeap(first, 0, last - first, value);
        }
    }

    private void adjustHeap(int first, int hole, int len, int value) {
        int top = hole;
        int child = hole;
        while (child < (len - 1) / 2) {
            child = 2 * (child + 1);
            if (lessAt(first + child, first + child - 1)) {
                child--;
            }
            order[first + hole] = order[first + child];
            hole = child;
        }
        if ((len & 1) == 0 && child == (len - 2) / 2) {
            child = 2 * (child + 1);
            order[first + hole] = order[first + child - 1];
            hole = child - 1;
        }
        int parent = (hole - 1) / 2;
        while (hole > top && less(order[first + parent], value)) {
            order[first + hole] = order[first + parent];
            hole = parent;
            parent = (hole - 1) / 2;
        }
        order[first + hole] = value;
    }

    private static void inBounds(int index, int limit) {
        if (index < 0 || index >= limit) {
            throw TorchException.notImplemented("sorting these values (NaN among them) the way PyTorch's std::sort does "
                    + "is not supported by Torchlet yet");
        }
    }
}
