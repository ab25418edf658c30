# sys, os.path, copy, typing, time.
import sys
import os
import os.path
import copy
import time
from typing import List, Dict, Optional, Tuple

print(sys.version_info[0], sys.version_info[:2] >= (3, 8), sys.maxsize)
sys.stdout.write("written directly\n")
print(os.path.join("data", "mnist", "train.pt"), os.path.join("a", "/abs", "b"))
print(os.path.basename("/data/model.pt"), os.path.dirname("/data/model.pt"), os.path.splitext("model.tar.gz"))
print(os.path.split("dir/file.txt"), os.path.exists("no_such_file.txt"), os.sep)

nested = [[1, 2], {"k": [3]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0].append(99)
print(shallow[0], deep[0], deep[1])


class Config:
    def __init__(self):
        self.layers = [1, 2]


cfg = Config()
cfg2 = copy.deepcopy(cfg)
cfg.layers.append(3)
print(cfg.layers, cfg2.layers, type(cfg2).__name__)


def shapes(sizes: List[int], names: Optional[Dict[str, int]] = None) -> Tuple[int, ...]:
    return tuple(sizes)


print(shapes([1, 2]), List[int], Optional[str])
start = time.perf_counter()
elapsed = time.perf_counter() - start
print(elapsed >= 0, type(time.time()).__name__)
sys.exit(0)
print("not reached")
