print(len(hex(2**20000)), (2**62) * 2)
print(str(2**20000))
