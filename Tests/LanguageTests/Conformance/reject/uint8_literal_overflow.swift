let level: UInt8 = 300
print(level)
