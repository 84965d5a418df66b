var d = [:]
print(d)
