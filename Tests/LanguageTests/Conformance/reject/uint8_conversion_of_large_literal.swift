let byte = UInt8(256)
print(byte)
