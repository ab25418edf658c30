package dev.torchlet.engine.device;

/**
 * Where a tensor's memory lives: PyTorch's {@code torch.device}, a type and an index. The CPU has
 * no index ({@code -1}); an accelerator answers to a PyTorch type name ({@code cuda}) so that
 * tutorial code and its printed output ({@code device='cuda:0'}) work unchanged, whatever runs it
 * underneath (WebGPU in the browser, CUDA on the server).
 */
public record Device(String type, int index) {
    public static final Device CPU = new Device("cpu", -1);

    public boolean isCpu() {
        return type.equals("cpu");
    }

    /** PyTorch's {@code str(device)}: {@code cpu}, {@code cuda:0}. */
    @Override
    public String toString() {
        return index < 0 ? type : type + ":" + index;
    }
}
