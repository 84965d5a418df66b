func f() {
    var x: Int
    print(x)
    x = 3
}
f()
