var counts = [1, 2, 3]
counts.replaceSubrange(0..<1, with: [2.5])
print(counts)
