package dev.torchlet.engine.nn;

import dev.torchlet.engine.Joins;
import dev.torchlet.engine.Tensor;
import dev.torchlet.engine.TorchException;
import dev.torchlet.engine.UnaryOp;
import dev.torchlet.engine.autograd.Graph;
import java.util.ArrayList;
import java.util.List;

/**
 * RNN / LSTM / GRU as ATen's CPU implementation (aten/src/ATen/native/RNN.cpp, PyTorch 1.13)
 * composes them from ordinary ops, so autograd needs nothing new and the float32 rounding
 * happens at the same steps: each layer applies linear_ih to the whole sequence at once, then
 * steps a cell through time; outputs are stacked, directions concatenated, dropout applied
 * between layers, final states stacked.
 */
public final class Recurrent {
    private Recurrent() {
    }

    /** The cell kinds and how many gate blocks their weights stack. */
    public enum Mode {
        RNN_TANH(1), RNN_RELU(1), LSTM(4), GRU(3);

        public final int gates;

        Mode(int gates) {
            this.gates = gates;
        }
    }

    /**
     * One cell step. {@code hidden} is [h] or, for an LSTM, [h, c], each [batch, hidden];
     * {@code inputGates} is linear_ih(input) already computed. Returns the new [h] / [h, c].
     */
    static Tensor[] step(Mode mode, Tensor inputGates, Tensor[] hidden, Tensor wHh, Tensor bHh) {
        Tensor hx = hidden[0];
        Tensor hiddenGates = Linear.linear(hx, wHh, bHh);
        switch (mode) {
            case RNN_TANH:
                return new Tensor[] {hiddenGates.add(inputGates).unary(UnaryOp.TANH)};
            case RNN_RELU:
                return new Tensor[] {hiddenGates.add(inputGates).unary(UnaryOp.RELU)};
            case LSTM: {
                List<Tensor> gates = Joins.chunk(hiddenGates.add(inputGates), 4, 1);
                Tensor in = gates.get(0).unary(UnaryOp.SIGMOID);
                Tensor forget = gates.get(1).unary(UnaryOp.SIGMOID);
                Tensor cell = gates.get(2).unary(UnaryOp.TANH);
                Tensor out = gates.get(3).unary(UnaryOp.SIGMOID);
                Tensor cy = forget.mul(hidden[1]).add(in.mul(cell));
                return new Tensor[] {out.mul(cy.unary(UnaryOp.TANH)), cy};
            }
            default: {
                List<Tensor> ig = Joins.chunk(inputGates, 3, 1);
                List<Tensor> hg = Joins.chunk(hiddenGates, 3, 1);
                Tensor reset = hg.get(0).add(ig.get(0)).unary(UnaryOp.SIGMOID);
                Tensor update = hg.get(1).add(ig.get(1)).unary(UnaryOp.SIGMOID);
                Tensor candidate = ig.get(2).add(hg.get(2).mul(reset)).unary(UnaryOp.TANH);
                // ATen's order: (hx − n)·z + n
                return new Tensor[] {hx.sub(candidate).mul(update).add(candidate)};
            }
        }
    }

    /** {@code rnn_tanh_cell}, {@code lstm_cell}, {@code gru_cell}: one step on 2-D input and states. */
    public static Tensor[] cell(Mode mode, Tensor input, Tensor[] hidden, Tensor wIh, Tensor wHh, Tensor bIh, Tensor bHh) {
        return step(mode, Linear.linear(input, wIh, bIh), hidden, wHh, bHh);
    }

    /**
     * A whole multi-layer recurrent network on batched input [seq, batch, in] ([batch, seq, in]
     * when batchFirst). {@code hx} holds h0 (and c0), each [layers·directions, batch, hidden];
     * {@code weights} lists per layer and direction w_ih, w_hh and, when {@code bias}, b_ih, b_hh.
     * Returns output, h_n (and c_n).
     */
    public static Tensor[] forward(Mode mode, Tensor input, Tensor[] hx, List<Tensor> weights, boolean bias, int numLayers,
            boolean bidirectional, double dropout, boolean training, boolean batchFirst) {
        int directions = bidirectional ? 2 : 1;
        int perDirection = bias ? 4 : 2;
        Tensor layerInput = batchFirst ? input.transpose(0, 1) : input;
        List<List<Tensor>> finals = new ArrayList<>();
        for (int k = 0; k < hx.length; k++) {
            finals.add(new ArrayList<>());
        }
        for (int layer = 0; layer < numLayers; layer++) {
            List<Tensor> outputs = new ArrayList<>();
            for (int dir = 0; dir < directions; dir++) {
                int index = layer * directions + dir;
                int w = index * perDirection;
                Tensor[] hidden = new Tensor[hx.length];
                for (int k = 0; k < hx.length; k++) {
                    hidden[k] = hx[k].select(0, index);
                }
                Tensor[] result = direction(mode, layerInput, hidden, weights.get(w), weights.get(w + 1),
                        bias ? weights.get(w + 2) : null, bias ? weights.get(w + 3) : null, dir == 1);
                outputs.add(result[0]);
                for (int k = 0; k < hx.length; k++) {
                    finals.get(k).add(result[k + 1]);
                }
            }
            layerInput = directions == 1 ? outputs.get(0) : Joins.cat(outputs, -1);
            if (dropout != 0 && training && layer < numLayers - 1) {
                layerInput = Dropout.apply(layerInput, dropout, true, false);
            }
        }
        Tensor output = layerInput;
        if (batchFirst) {
            // ATen transposes its result in place (transpose_), so PyTorch names this node TransposeBackward1.
            Tensor stacked = output;
            output = Graph.record(Untracked.compute(() -> stacked.transpose(0, 1)), "TransposeBackward1",
                    g -> new Tensor[] {g.transpose(0, 1)}, stacked);
        }
        Tensor[] result = new Tensor[hx.length + 1];
        result[0] = output;
        for (int k = 0; k < hx.length; k++) {
            result[k + 1] = Joins.stack(finals.get(k), 0);
        }
        return result;
    }

    /** One layer in one direction: [seq, batch, in] → output [seq, batch, hidden] and the final state(s). */
    private static Tensor[] direction(Mode mode, Tensor input, Tensor[] hidden, Tensor wIh, Tensor wHh, Tensor bIh, Tensor bHh,
            boolean reverse) {
        Tensor inputGates = Linear.linear(input, wIh, bIh);
        long steps = inputGates.size(0);
        if (steps == 0) {
            throw TorchException.runtime("Expected sequence length to be larger than 0 in RNN");
        }
        Tensor[] outputs = new Tensor[(int) steps];
        Tensor[] state = hidden;
        for (long i = 0; i < steps; i++) {
            long t = reverse ? steps - 1 - i : i;
            state = step(mode, inputGates.select(0, t), state, wHh, bHh);
            outputs[(int) t] = state[0];
        }
        Tensor[] result = new Tensor[hidden.length + 1];
        result[0] = Joins.stack(List.of(outputs), 0);
        System.arraycopy(state, 0, result, 1, state.length);
        return result;
    }

    /** PyTorch's reset_parameters for every recurrent layer and cell: each parameter U(−1/√hidden, 1/√hidden) in order. */
    public static void initialize(List<Tensor> parameters, long hiddenSize) {
        double bound = hiddenSize > 0 ? 1 / Math.sqrt(hiddenSize) : 0;
        for (Tensor p : parameters) {
            Init.uniform_(p, -bound, bound);
        }
    }
}
