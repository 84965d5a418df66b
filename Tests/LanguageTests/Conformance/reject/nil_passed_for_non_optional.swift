func greet(_ name: String) {
    print("hello", name)
}
greet(nil)
