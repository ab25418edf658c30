package dev.torchlet.engine.autograd;

import java.util.ArrayList;
import java.util.List;

/**
 * The order in which backward runs ready nodes, as PyTorch's CPU engine does: a binary max-heap
 * (C++ {@code std::priority_queue}, libstdc++'s push_heap/pop_heap moves, reproduced step by step)
 * keyed by creation order, where AccumulateGrad nodes rank above every other node. Ties (two
 * AccumulateGrad nodes) therefore come out in the order that heap gives them, so graph events,
 * hooks and prints inside user-defined backwards happen in PyTorch's order.
 */
final class ReadyQueue {
    private final List<Node> heap = new ArrayList<>();

    boolean isEmpty() {
        return heap.isEmpty();
    }

    void push(Node node) {
        heap.add(node);
        siftUp(heap.size() - 1, 0, node);
    }

    Node pop() {
        Node top = heap.get(0);
        int last = heap.size() - 1;
        if (last > 0) {
            Node value = heap.get(last);
            heap.set(last, top);
            adjust(0, last, value);
        }
        heap.remove(last);
        return top;
    }

    /** PyTorch's CompareNodeTaskTime: whether {@code a} runs after {@code b}. */
    private static boolean lower(Node a, Node b) {
        return rank(a) < rank(b);
    }

    private static long rank(Node node) {
        return node.isAccumulateGrad() ? Long.MAX_VALUE : node.id();
    }

    /** libstdc++'s __push_heap: moves the hole up while its parent ranks lower than the value. */
    private void siftUp(int hole, int top, Node value) {
        int parent = (hole - 1) / 2;
        while (hole > top && lower(heap.get(parent), value)) {
            heap.set(hole, heap.get(parent));
            hole = parent;
            parent = (hole - 1) / 2;
        }
        heap.set(hole, value);
    }

    /** libstdc++'s __adjust_heap over the first {@code length} slots: the hole goes to a leaf, then the value sifts up. */
    private void adjust(int hole, int length, Node value) {
        int top = hole;
        int child = hole;
        while (child < (length - 1) / 2) {
            child = 2 * (child + 1);
            if (lower(heap.get(child), heap.get(child - 1))) {
                child--;
            }
            heap.set(hole, heap.get(child));
            hole = child;
        }
        if ((length & 1) == 0 && child == (length - 2) / 2) {
            child = 2 * (child + 1);
            heap.set(hole, heap.get(child - 1));
            hole = child - 1;
        }
        siftUp(hole, top, value);
    }
}
