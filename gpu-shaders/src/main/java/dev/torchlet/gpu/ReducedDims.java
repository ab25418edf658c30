package dev.torchlet.gpu;

/**
 * How a reduction splits its input's dims into the kept ones (one output element per coordinate)
 * and the reduced ones (walked by each output element), and the params that describe both:
 * {@code outShape[outRank], outInStrides[outRank], reducedShape[reducedRank], reducedStrides[reducedRank]}.
 * Shared by the plain and the indexed reductions.
 */
record ReducedDims(int outRank, int reducedRank, int outNumel, int reducedNumel, int[] shapesAndStrides) {

    static ReducedDims of(TensorLayout input, boolean[] reduced) {
        int rank = input.rank();
        int reducedRank = 0;
        for (boolean r : reduced) {
            reducedRank += r ? 1 : 0;
        }
        int outRank = rank - reducedRank;
        int[] words = new int[2 * rank];
        int outNumel = 1;
        int reducedNumel = 1;
        int outAt = 0;
        int reducedAt = 2 * outRank;
        for (int d = 0; d < rank; d++) {
            if (reduced[d]) {
                words[reducedAt] = input.shape()[d];
                words[reducedAt + reducedRank] = input.strides()[d];
                reducedAt++;
                reducedNumel *= input.shape()[d];
            } else {
                words[outAt] = input.shape()[d];
                words[outAt + outRank] = input.strides()[d];
                outAt++;
                outNumel *= input.shape()[d];
            }
        }
        return new ReducedDims(outRank, reducedRank, outNumel, reducedNumel, words);
    }

    /** Params of {@code header} words (filled by the caller) followed by the shapes and strides. */
    int[] params(int header) {
        int[] params = new int[header + shapesAndStrides.length];
        System.arraycopy(shapesAndStrides, 0, params, header, shapesAndStrides.length);
        return params;
    }
}
