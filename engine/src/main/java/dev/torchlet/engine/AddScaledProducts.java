package dev.torchlet.engine;

import dev.torchlet.engine.autograd.Graph;

/**
 * {@code addcmul(input, tensor1, tensor2, value)} = input + value·tensor1·tensor2 and {@code addcdiv}
 * = input + value·tensor1/tensor2, broadcast together, composed from element-wise ops (so they run
 * on any device) and recorded as one PyTorch node each (AddcmulBackward0, AddcdivBackward0).
 */
public final class AddScaledProducts {
    private AddScaledProducts() {
    }

    public static Tensor addcmul(Tensor input, Tensor tensor1, Tensor tensor2, Scalar value) {
        DType dtype = commonDtype("addcmul", input, tensor1, tensor2);
        Scalar v = castTo(value, dtype);
        Tensor t1 = tensor1.detach().to(dtype);
        Tensor t2 = tensor2.detach().to(dtype);
        // PyTorch's kernel order: self + (value * t1) * t2 (on detached operands: nothing recorded but the one node).
        Tensor result = input.detach().to(dtype).add(scaled(t1, v).mul(t2));
        // The rule reads the operands themselves, so a double backward (create_graph) differentiates through them.
        return Graph.record(result, "AddcmulBackward0", new Tensor[] {tensor1, tensor2}, g -> new Tensor[] {
            Derivatives.sumToShape(g, input.shape()).to(input.dtype()),
            Derivatives.sumToShape(g.mul(scaled(tensor2.to(dtype), v)), tensor1.shape()).to(tensor1.dtype()),
            Derivatives.sumToShape(g.mul(scaled(tensor1.to(dtype), v)), tensor2.shape()).to(tensor2.dtype())}, input, tensor1, tensor2);
    }

    public static Tensor addcdiv(Tensor input, Tensor tensor1, Tensor tensor2, Scalar value) {
        if (!tensor1.dtype().isFloatingPoint() && !tensor2.dtype().isFloatingPoint()) {
            throw TorchException.runtime("Integer division with addcdiv is no longer supported, and in a future  release addcdiv will "
                    + "perform a true division of tensor1 and tensor2. The historic addcdiv behavior can be implemented as "
                    + "(input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) for integer inputs and as "
                    + "(input + value * tensor1 / tensor2) for float inputs. The future addcdiv behavior is just the latter "
                    + "implementation: (input + value * tensor1 / tensor2), for all dtypes.");
        }
        DType dtype = commonDtype("addcdiv", input, tensor1, tensor2);
        Scalar v = castTo(value, dtype);
        Tensor t1 = tensor1.detach().to(dtype);
        Tensor t2 = tensor2.detach().to(dtype);
        // PyTorch's kernel order: self + (value * t1) / t2.
        Tensor result = input.detach().to(dtype).add(scaled(t1, v).div(t2));
        return Graph.record(result, "AddcdivBackward0", new Tensor[] {tensor1, tensor2}, g -> {
            Tensor divisor = tensor2.to(dtype);
            return new Tensor[] {
                Derivatives.sumToShape(g, input.shape()).to(input.dtype()),
                Derivatives.sumToShape(scaled(g, v).div(divisor), tensor1.shape()).to(tensor1.dtype()),
                Derivatives.sumToShape(g.neg().mul(scaled(tensor1.to(dtype), v).div(divisor.mul(divisor))), tensor2.shape())
                        .to(tensor2.dtype())};
        }, input, tensor1, tensor2);
    }

    /** The three operands' result dtype, after checking that they broadcast (input against tensor1 first, as PyTorch reports). */
    private static DType commonDtype(String name, Tensor input, Tensor tensor1, Tensor tensor2) {
        Broadcast.shapes(Broadcast.shapes(input.shape(), tensor1.shape()), tensor2.shape());
        DType dtype = TypePromotion.promote(TypePromotion.promote(input.dtype(), tensor1.dtype()), tensor2.dtype());
        if (dtype == DType.BOOL) {
            throw TorchException.runtime("\"" + name + "_cpu_out\" not implemented for 'Bool'");
        }
        return dtype;
    }

    /** The kernel reads value in the result's dtype (an integer result truncates 0.5 to 0). */
    private static Scalar castTo(Scalar value, DType dtype) {
        return dtype.isFloatingPoint() ? Scalar.of(value.doubleValue()) : Scalar.of((long) value.doubleValue());
    }

    /** value·t, skipping the multiply by 1 (exact either way). */
    private static Tensor scaled(Tensor t, Scalar value) {
        return value.doubleValue() == 1 ? t : t.mul(value);
    }
}
