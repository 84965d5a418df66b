class Loader {
    lazy var rows = [1, 2, 3]
    lazy let total = 6
}
print(Loader().rows)
