class K {
    var v: Int
}
print(K())
