for n in 1...10 where n % 3 == 0 { print(n) }
for (i, x) in ["a", "b"].enumerated() { print(i, x) }
for (a, b) in zip([1, 2], [3, 4]) { print(a * b) }
