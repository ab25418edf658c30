package dev.torchlet.engine.nn;

import dev.torchlet.engine.Comparisons;
import dev.torchlet.engine.Extrema;
import dev.torchlet.engine.PositionTable;
import dev.torchlet.engine.Scalar;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.Torch;
import dev.torchlet.engine.ValuesIndices;
import dev.torchlet.engine.autograd.Graph;
import dev.torchlet.engine.device.Device;

/**
 * Max and average pooling on an accelerator, for any windows the CPU loops use (sliding, dilated,
 * padded, adaptive): each window's members are gathered into a row ([windows, slots]) and reduced
 * along it, and the backward gathers, for each input element, the windows it belongs to. The
 * gathers are position tables planned once per geometry (see {@link PositionTable}).
 *
 * <p>{@code members[k]} lists the in-plane positions of output k's window in the CPU loop's order,
 * so the first maximum (a NaN winning) is the one the CPU picks.
 */
final class DevicePooling {
    private DevicePooling() {
    }

    /** The geometry of one pooling: (N·C) planes of {@code inVolume} elements, windows over each. */
    record Windows(int planes, int inVolume, int[][] members, String key) {
        int outVolume() {
            return members.length;
        }

        int slots() {
            int most = 1;
            for (int[] window : members) {
                most = Math.max(most, window.length);
            }
            return most;
        }

        /**
         * Every window's members as positions in the input, a row of {@link #slots} per window;
         * short rows are completed with {@code padding} (−1: a zero; or the window's first member,
         * which leaves a maximum unchanged).
         */
        PositionTable members(Device device, boolean repeatFirst) {
            return PositionTable.on(device, key + (repeatFirst ? " members-repeated" : " members"), () -> {
                int slots = slots();
                long[] positions = new long[planes * outVolume() * slots];
                for (int plane = 0, at = 0; plane < planes; plane++) {
                    for (int[] window : members) {
                        for (int s = 0; s < slots; s++, at++) {
                            boolean member = s < window.length;
                            positions[at] = member || repeatFirst && window.length > 0
                                    ? (long) plane * inVolume + window[member ? s : 0] : -1;
                        }
                    }
                }
                return positions;
            });
        }

        /** For every input element, the windows (numbered over all planes) it belongs to, −1 completing each row. */
        PositionTable containing(Device device) {
            return PositionTable.on(device, key + " containing", () -> {
                int[] count = new int[inVolume];
                for (int[] window : members) {
                    for (int position : window) {
                        count[position]++;
                    }
                }
                int slots = 1;
                for (int c : count) {
                    slots = Math.max(slots, c);
                }
                long[] positions = new long[planes * inVolume * slots];
                java.util.Arrays.fill(positions, -1);
                int[] filled = new int[inVolume];
                for (int k = 0; k < members.length; k++) {
                    for (int position : members[k]) {
                        for (int plane = 0; plane < planes; plane++) {
                            positions[((plane * inVolume) + position) * slots + filled[position]] = (long) plane * members.length + k;
                        }
                        filled[position]++;
                    }
                }
                return positions;
            });
        }

        int containingSlots(PositionTable containing) {
            return (int) (containing.positions().numel() / ((long) planes * inVolume));
        }

        /** Numbers that depend only on a window's index: {@code value.applyAsLong(plane, k)} over all windows. */
        PositionTable perWindow(Device device, String name, java.util.function.LongBinaryOperator value) {
            return PositionTable.on(device, key + " " + name, () -> {
                long[] numbers = new long[planes * outVolume()];
                for (int plane = 0, at = 0; plane < planes; plane++) {
                    for (int k = 0; k < outVolume(); k++, at++) {
                        numbers[at] = value.applyAsLong(plane, k);
                    }
                }
                return numbers;
            });
        }
    }

    /** Each window's maximum and its in-plane index, under the node {@code gradFn}; {@code shape} is the output's. */
    static ValuesIndices max(Tensor input, Windows windows, long[] shape, String gradFn, String function) {
        Device device = input.device();
        int slots = windows.slots();
        long count = (long) windows.planes() * windows.outVolume();
        PositionTable members = windows.members(device, true);
        Tensor[] found = Untracked.computeAll(() -> {
            ValuesIndices best = Extrema.max(members.gather(input, count, slots), 1, false);
            Tensor rowStarts = windows.perWindow(device, "row-starts", (plane, k) -> (plane * windows.outVolume() + k) * slots)
                    .positions();
            Tensor chosen = PositionTable.gather(members.positions(), rowStarts.add(best.indices()), count);
            return new Tensor[] {best.values(), chosen};
        });
        Tensor chosen = found[1];
        Tensor indices = Untracked.compute(() -> chosen.sub(windows.perWindow(device, "plane-starts",
                (plane, k) -> plane * windows.inVolume()).positions()).view(shape));
        Tensor values = found[0].view(shape);
        long[] inputShape = input.shape();
        Graph.record(values, gradFn, new Tensor[] {input, indices}, grad -> {
            CreateGraphGuard.refuse(function);
            PositionTable containing = windows.containing(device);
            int around = windows.containingSlots(containing);
            long elements = (long) windows.planes() * windows.inVolume();
            // An element gets the gradient of every window containing it whose maximum it is.
            Tensor chosenPlusOne = chosen.add(Scalar.of(1L));
            Tensor whoseMaximum = PositionTable.gather(chosenPlusOne, containing.positions(), elements, around);
            Tensor self = PositionTable.on(device, windows.key() + " self-plus-one", () -> {
                long[] numbers = new long[(int) elements];
                for (int i = 0; i < numbers.length; i++) {
                    numbers[i] = i + 1;
                }
                return numbers;
            }).positions().view(elements, 1);
            Tensor isMaximum = Comparisons.eq(whoseMaximum, self);
            Tensor zero = Torch.full(new long[0], Scalar.of(0L), grad.dtype());
            Tensor shares = Torch.where(isMaximum, containing.gather(grad, elements, around), zero);
            return new Tensor[] {shares.sum(1, false).view(inputShape)};
        }, input);
        return new ValuesIndices(values, indices);
    }

    /** Each window's sum divided by {@code divisors[k]}, under the node {@code gradFn}; {@code shape} is the output's. */
    static Tensor average(Tensor input, Windows windows, int[] divisors, long[] shape, String gradFn, String function) {
        Device device = input.device();
        long count = (long) windows.planes() * windows.outVolume();
        Tensor divisor = windows.perWindow(device, "divisors " + java.util.Arrays.toString(divisors), (plane, k) -> divisors[(int) k])
                .positions();
        Tensor pooled = Untracked.compute(() -> windows.members(device, false).gather(input, count, windows.slots())
                .sum(1, false).div(divisor).view(shape));
        long[] inputShape = input.shape();
        return Graph.record(pooled, gradFn, grad -> {
            CreateGraphGuard.refuse(function);
            PositionTable containing = windows.containing(device);
            long elements = (long) windows.planes() * windows.inVolume();
            Tensor shares = grad.reshape(count).div(divisor);
            return new Tensor[] {containing.gather(shares, elements, windows.containingSlots(containing)).sum(1, false).view(inputShape)};
        }, input);
    }
}
