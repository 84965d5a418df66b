for x in stride(from: 0, to: 1, by: 0.25) { print(x) }
for i in stride(from: 10, to: 0, by: -3) { print(i) }
