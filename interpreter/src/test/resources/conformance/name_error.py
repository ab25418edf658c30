print("before the error")
y = 1
print(undefined_name)
print("never printed")
