package dev.torchlet.gpu;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.torchlet.engine.BinaryOp;
import dev.torchlet.engine.UnaryOp;
import org.junit.jupiter.api.Test;

/** The kernel table keeps up with the engine: every element-wise op the engine has has a WGSL entry. */
class EngineOpsHaveKernelsTest {
    @Test
    void everyEngineUnaryOpHasAFloatKernel() {
        for (UnaryOp op : UnaryOp.values()) {
            ElementwiseOp kernel = ElementwiseOp.byName(op.pytorchName());
            assertNotNull(kernel, () -> "no WGSL kernel for the engine's unary op " + op.pytorchName());
            assertTrue(kernel.arity() == 1 && kernel.supports(GpuDType.FLOAT32), op.pytorchName());
        }
    }

    @Test
    void everyEngineBinaryOpHasAFloatKernel() {
        for (BinaryOp op : BinaryOp.values()) {
            ElementwiseOp kernel = ElementwiseOp.byName(op.pytorchName());
            assertNotNull(kernel, () -> "no WGSL kernel for the engine's binary op " + op.pytorchName());
            assertTrue(kernel.arity() == 2 && kernel.supports(GpuDType.FLOAT32), op.pytorchName());
        }
    }
}
