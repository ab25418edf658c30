import bisect
import heapq
import string

heap = []
for value in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(heap, value)
print(heap)
print([heapq.heappop(heap) for _ in range(3)], heap)
data = [9, 4, 7, 1, 8, 2, 2, 6]
heapq.heapify(data)
print(data, data[0])
print(heapq.heapreplace(data, 5), heapq.heappushpop(data, 0), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, ["pear", "fig", "apple"], key=len))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "read"))
heapq.heappush(tasks, (3, "test"))
print([heapq.heappop(tasks)[1] for _ in range(3)])
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)

scores = [10, 20, 20, 30, 40]
print(bisect.bisect_left(scores, 20), bisect.bisect_right(scores, 20), bisect.bisect(scores, 25))
bisect.insort(scores, 25)
bisect.insort_left(scores, 20)
print(scores)
print(bisect.bisect_left([(1, "a"), (3, "c")], 2, key=lambda t: t[0]))


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

print(string.ascii_letters)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(string.capwords("hello   torch world"), string.capwords("a-b-c", "-"))
