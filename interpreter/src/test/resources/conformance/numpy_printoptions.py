# np.set_printoptions: precision, suppress, threshold, edgeitems, linewidth; np.get_printoptions.
import numpy as np
a = np.array([1 / 3, 2e-5, 1234.5678])
print(a)
np.set_printoptions(precision=3)
print(a, repr(np.linspace(0, 1, 4)), np.array([1e-10, 1.0]))
np.set_printoptions(suppress=True)
print(a, np.array([1e-10, 1.0]), np.array([1e9, 1.0]), repr(np.array([0.00012345, 12.5], dtype=np.float32)))
np.set_printoptions(precision=8, suppress=False, threshold=5, edgeitems=2)
print(np.arange(10), np.arange(4), np.arange(12).reshape(3, 4))
np.set_printoptions(threshold=1000, edgeitems=3, linewidth=40)
print(np.arange(30.0), repr(np.arange(20)))
opts = np.get_printoptions()
print(opts["precision"], opts["threshold"], opts["linewidth"], opts["suppress"], opts["edgeitems"])
