let word = "héllo"
print(word.utf8.count, word.unicodeScalars.count, word.count, word.utf16.count)
for scalar in "ab".unicodeScalars { print(scalar.value, scalar) }
print(Array("hi".utf8))
let total = "abc".utf8.reduce(0) { $0 + Int($1) }
print(total)
print("héllo".unicodeScalars.filter { $0.isASCII }.count)
print("hi".utf8.first!, "hi".utf8.last!)
var hash: UInt32 = 5381
for b in "key".utf8 { hash = (hash &* 33) &+ UInt32(b) }
print(hash)
print("Zebra".utf8.contains(90))
