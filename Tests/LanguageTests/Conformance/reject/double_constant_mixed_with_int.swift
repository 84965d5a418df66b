let n = 3
let bound = Double.greatestFiniteMagnitude / n
print(bound)
