struct Point {
    var x = 0
    deinit { print("gone") }
}
print(Point().x)
