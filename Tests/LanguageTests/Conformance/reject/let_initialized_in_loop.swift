let last: Int
for n in 0..<3 {
    last = n
}
print("done")
