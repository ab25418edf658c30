print(int('0b101', 0), int('0x_ff', 16), int('0o7', 8), int('00', 0), int(' 0 ', 0), int('1_2', 0))
print(int('0b102', 0))
