print(UnicodeScalar(65), Character(UnicodeScalar(66)))
let b: UInt8 = 67
let i = 68
print(UnicodeScalar(b), UnicodeScalar(i) as Any, UnicodeScalar(b).value, UnicodeScalar(b).isASCII, [UnicodeScalar(b)])
let u32: UInt32 = 0x1F600
print(UnicodeScalar(u32)!, String(UnicodeScalar(b)), "\(UnicodeScalar(b))")
