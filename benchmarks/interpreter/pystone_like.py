# A pystone-like mix: records as objects, small functions, integer arithmetic, lists, branches.
import time


class Record:
    def __init__(self, ident, value):
        self.ident = ident
        self.value = value
        self.next = None


def proc_add(record, amount):
    record.value = record.value + amount
    return record.value % 97


def proc_compare(a, b):
    if a < b:
        return a
    elif a == b:
        return 0
    return b


def workload(loops):
    head = Record(0, 0)
    record = head
    for i in range(1, 50):
        record.next = Record(i, i * 3)
        record = record.next
    checksum = 0
    table = [0] * 64
    for n in range(loops):
        record = head
        while record is not None:
            checksum += proc_add(record, n & 7)
            record = record.next
        table[n & 63] = proc_compare(checksum & 255, n & 255)
        checksum = (checksum + table[(n * 7) & 63]) & 0xFFFFFF
    return checksum


best = None
for repeat in range(5):
    start = time.perf_counter()
    result = workload(2000)
    elapsed = time.perf_counter() - start
    best = elapsed if best is None or elapsed < best else best
print(f"pystone_like {best * 1000:.1f} ms (checksum {result})")
