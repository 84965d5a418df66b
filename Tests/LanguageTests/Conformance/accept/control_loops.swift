var i = 0
while i < 3 { print(i); i += 1 }
repeat { i -= 1 } while i > 0
print(i)
for j in 0..<10 {
    if j == 2 { continue }
    if j == 4 { break }
    print(j)
}
