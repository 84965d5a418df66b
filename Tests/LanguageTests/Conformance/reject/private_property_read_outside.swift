struct S {
    private var secret = 3
    func show() { print(secret) }
}
let s = S()
s.show()
print(s.secret)
