protocol P {
    func f()
}
let p = P()
print("x")
