package dev.torchlet.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code einsum(equation, *operands)} built from differentiable ops, as PyTorch does it: one
 * operand is a permute and a sum; a pair is a broadcasting multiply when nothing is contracted,
 * else a bmm over [batch, left-only, contracted] × [batch, contracted, right-only] and a view back
 * (hence PyTorch's {@code ViewBackward0} on matrix-product forms); more operands are contracted
 * left to right. Supports the implicit form (no "->": output = letters seen once, sorted),
 * {@code ...}, and a letter repeated inside one operand ("ii->i": its diagonal, as a view).
 */
public final class Einsum {
    private static final char FIRST_ELLIPSIS_LETTER = '\u0100'; // letters for "..." dims, outside a-zA-Z

    private Einsum() {
    }

    /** An operand with one letter per dimension. */
    private record Term(Tensor tensor, String letters) {
    }

    public static Tensor einsum(String equation, List<Tensor> operands) {
        String eq = equation.replace(" ", "");
        int arrow = eq.indexOf("->");
        String[] inputs = (arrow < 0 ? eq : eq.substring(0, arrow)).split(",", -1);
        if (inputs.length != operands.size()) {
            throw TorchException.runtime("einsum(): more operands were provided than specified in the equation");
        }
        int ellipsisDims = 0;
        for (int i = 0; i < inputs.length; i++) {
            if (inputs[i].contains("...")) {
                ellipsisDims = Math.max(ellipsisDims, operands.get(i).dim() - (inputs[i].length() - 3));
            }
        }
        List<Term> terms = new ArrayList<>();
        StringBuilder seenOnce = new StringBuilder();
        StringBuilder seenTwice = new StringBuilder();
        for (int i = 0; i < inputs.length; i++) {
            String letters = expandEllipsis(inputs[i], operands.get(i).dim(), ellipsisDims);
            if (letters.length() != operands.get(i).dim()) {
                throw TorchException.runtime("einsum(): the number of subscripts in the equation (" + letters.length()
                        + ") does not match the number of dimensions (" + operands.get(i).dim() + ") for operand " + i
                        + (inputs[i].contains("...") ? "" : " and no ellipsis was given"));
            }
            for (char c : letters.toCharArray()) {
                if (seenOnce.indexOf(String.valueOf(c)) < 0) {
                    seenOnce.append(c);
                } else if (seenTwice.indexOf(String.valueOf(c)) < 0) {
                    seenTwice.append(c);
                }
            }
            terms.add(withoutRepeats(new Term(operands.get(i), letters)));
        }
        checkSizes(terms);
        String output;
        if (arrow >= 0) {
            output = expandEllipsis(eq.substring(arrow + 2), ellipsisDims, ellipsisDims);
        } else {
            StringBuilder implicit = new StringBuilder();
            for (int k = 0; k < ellipsisDims; k++) {
                implicit.append((char) (FIRST_ELLIPSIS_LETTER + k));
            }
            seenOnce.chars().filter(c -> c < FIRST_ELLIPSIS_LETTER && seenTwice.indexOf(String.valueOf((char) c)) < 0).sorted()
                    .forEach(c -> implicit.append((char) c));
            output = implicit.toString();
        }
        Term result = terms.get(0);
        for (int i = 1; i < terms.size(); i++) {
            StringBuilder needed = new StringBuilder(output);
            for (int j = i + 1; j < terms.size(); j++) {
                needed.append(terms.get(j).letters());
            }
            result = pair(result, terms.get(i), needed.toString());
        }
        return finish(result, output, terms.size());
    }

    /** A letter repeated inside one operand ("ii") takes its diagonal, moved to the last dimension as PyTorch's diagonal does. */
    private static Term withoutRepeats(Term t) {
        Term current = t;
        while (true) {
            String letters = current.letters();
            int first = -1;
            for (int d = 0; d < letters.length() && first < 0; d++) {
                if (letters.indexOf(letters.charAt(d), d + 1) > 0) {
                    first = d;
                }
            }
            if (first < 0) {
                return current;
            }
            char c = letters.charAt(first);
            int second = letters.indexOf(c, first + 1);
            if (current.tensor().size(first) != current.tensor().size(second)) {
                throw TorchException.runtime("einsum(): subscript " + c + " is repeated for operand but the sizes don't match, "
                        + current.tensor().size(second) + " != " + current.tensor().size(first));
            }
            String rest = new StringBuilder(letters).deleteCharAt(second).deleteCharAt(first).toString();
            current = new Term(diagonal(current.tensor(), first, second), rest + c);
        }
    }

    /** {@code t.diagonal(0, d1, d2)}: a view with those dimensions replaced by their diagonal as the last one (DiagonalBackward0). */
    static Tensor diagonal(Tensor t, int d1, int d2) {
        long[] shape = t.shape();
        long[] strides = t.stride();
        int rank = shape.length;
        long[] newShape = new long[rank - 1];
        long[] newStrides = new long[rank - 1];
        for (int d = 0, k = 0; d < rank; d++) {
            if (d != d1 && d != d2) {
                newShape[k] = shape[d];
                newStrides[k++] = strides[d];
            }
        }
        newShape[rank - 2] = Math.min(shape[d1], shape[d2]);
        newStrides[rank - 2] = strides[d1] + strides[d2];
        Tensor view = Tensor.alias(t, t.storageOffset(), newShape, newStrides);
        return dev.torchlet.engine.autograd.Graph.record(view, "DiagonalBackward0",
                g -> new Tensor[] {Derivatives.embed(g, shape, "DiagonalBackwardBackward0", whole -> diagonal(whole, d1, d2))}, t);
    }

    private static String expandEllipsis(String subscripts, int rank, int ellipsisDims) {
        int at = subscripts.indexOf("...");
        if (at < 0) {
            return subscripts;
        }
        int own = rank - (subscripts.length() - 3);
        StringBuilder letters = new StringBuilder(subscripts.substring(0, at));
        for (int k = ellipsisDims - own; k < ellipsisDims; k++) {
            letters.append((char) (FIRST_ELLIPSIS_LETTER + k));
        }
        return letters.append(subscripts.substring(at + 3)).toString();
    }

    private static void checkSizes(List<Term> terms) {
        java.util.Map<Character, Long> sizes = new java.util.HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            for (int d = 0; d < t.letters().length(); d++) {
                char c = t.letters().charAt(d);
                long size = t.tensor().size(d);
                Long seen = sizes.get(c);
                if (seen != null && seen != size && seen != 1 && size != 1) {
                    throw TorchException.runtime("einsum(): subscript " + c + " has size " + size + " for operand " + i
                            + " which does not broadcast with previously seen size " + seen);
                }
                if (seen == null || seen == 1) {
                    sizes.put(c, size);
                }
            }
        }
    }

    /** Two terms into one that keeps the letters in {@code needed}; the others they share are contracted. */
    private static Term pair(Term a, Term b, String needed) {
        a = sumAway(a, needed + b.letters());
        b = sumAway(b, needed + a.letters());
        StringBuilder batch = new StringBuilder();
        StringBuilder contracted = new StringBuilder();
        StringBuilder leftOnly = new StringBuilder();
        StringBuilder rightOnly = new StringBuilder();
        for (char c : a.letters().toCharArray()) {
            boolean inB = b.letters().indexOf(c) >= 0;
            boolean keep = needed.indexOf(c) >= 0;
            (inB ? keep ? batch : contracted : leftOnly).append(c);
        }
        for (char c : b.letters().toCharArray()) {
            if (a.letters().indexOf(c) < 0) {
                rightOnly.append(c);
            }
        }
        if (contracted.length() == 0) {
            // Nothing to contract: a broadcasting product over the union of the letters.
            String letters = batch.toString() + leftOnly + rightOnly;
            return new Term(aligned(a, letters).mul(aligned(b, letters)), letters);
        }
        Tensor left = grouped(a, new String[] {batch.toString(), leftOnly.toString(), contracted.toString()}, b);
        Tensor right = grouped(b, new String[] {batch.toString(), contracted.toString(), rightOnly.toString()}, a);
        Tensor product = BatchedProducts.bmm(left, right);
        String letters = batch.toString() + leftOnly + rightOnly;
        long[] shape = new long[letters.length()];
        for (int d = 0; d < shape.length; d++) {
            char c = letters.charAt(d);
            shape[d] = sizeOf(c, a, b);
        }
        return new Term(product.view(shape), letters);
    }

    /** Sums away letters no later term or the output needs. */
    private static Term sumAway(Term t, String needed) {
        Tensor tensor = t.tensor();
        StringBuilder kept = new StringBuilder();
        for (int d = t.letters().length() - 1; d >= 0; d--) {
            char c = t.letters().charAt(d);
            if (needed.indexOf(c) < 0) {
                tensor = tensor.sum(d, false);
            } else {
                kept.insert(0, c);
            }
        }
        return new Term(tensor, kept.toString());
    }

    /** {@code t} permuted to the order of {@code letters} (sizes 1 where it lacks a letter), for broadcasting. */
    private static Tensor aligned(Term t, String letters) {
        StringBuilder own = new StringBuilder();
        for (char c : letters.toCharArray()) {
            if (t.letters().indexOf(c) >= 0) {
                own.append(c);
            }
        }
        Tensor permuted = permuteTo(t, own.toString());
        long[] shape = new long[letters.length()];
        for (int d = 0; d < shape.length; d++) {
            int at = t.letters().indexOf(letters.charAt(d));
            shape[d] = at < 0 ? 1 : t.tensor().size(at);
        }
        return permuted.reshape(shape);
    }

    /** {@code t} permuted to the groups' letters and reshaped to one dimension per group (batch, rows, columns). */
    private static Tensor grouped(Term t, String[] groups, Term other) {
        String order = String.join("", groups);
        Tensor permuted = permuteTo(t, order);
        long[] shape = new long[3];
        for (int g = 0; g < 3; g++) {
            long size = 1;
            for (char c : groups[g].toCharArray()) {
                size *= sizeOf(c, t, other);
            }
            shape[g] = size;
        }
        // Broadcast size-1 batch or contracted letters to the other operand's sizes first.
        long[] full = new long[order.length()];
        for (int d = 0; d < full.length; d++) {
            full[d] = sizeOf(order.charAt(d), t, other);
        }
        return ShapeOps.expand(permuted, full).reshape(shape);
    }

    private static long sizeOf(char c, Term a, Term b) {
        int inA = a.letters().indexOf(c);
        int inB = b.letters().indexOf(c);
        long sa = inA < 0 ? 1 : a.tensor().size(inA);
        long sb = inB < 0 ? 1 : b.tensor().size(inB);
        return Math.max(sa, sb);
    }

    private static Tensor permuteTo(Term t, String order) {
        int[] dims = new int[order.length()];
        boolean identity = true;
        for (int d = 0; d < dims.length; d++) {
            dims[d] = t.letters().indexOf(order.charAt(d));
            identity &= dims[d] == d;
        }
        return identity ? t.tensor() : ShapeOps.permute(t.tensor(), dims);
    }

    /** The last term summed over letters the output lacks and permuted to the output's order. */
    private static Tensor finish(Term t, String output, int terms) {
        for (char c : output.toCharArray()) {
            if (t.letters().indexOf(c) < 0) {
                throw TorchException.runtime("einsum(): output subscript " + c + " does not appear in the equation for any input "
                        + "operand");
            }
        }
        Term reduced = sumAway(t, output);
        int[] dims = new int[output.length()];
        for (int d = 0; d < dims.length; d++) {
            dims[d] = reduced.letters().indexOf(output.charAt(d));
        }
        boolean identity = true;
        for (int d = 0; d < dims.length; d++) {
            identity &= dims[d] == d;
        }
        // Already in order after a product or a sum: returned as it is (PyTorch's ViewBackward0/SumBackward1/MulBackward0);
        // one operand with nothing summed is permuted even in its own order (PermuteBackward0, as PyTorch).
        if (identity && terms > 1 || identity && reduced.tensor() != t.tensor()) {
            return reduced.tensor();
        }
        return ShapeOps.permute(reduced.tensor(), dims);
    }
}
