// A cell reads no input: readLine() is nil, as for a program whose input is empty.
let line = readLine()
print(line as Any, line ?? "none")
while let l = readLine() { print(l) }
if let n = readLine().flatMap({ Int($0) }) { print(n) } else { print("no input") }
