func describe() -> String {
    struct Label { var text: String }
    let label = Label(text: 42)
    return label.text
}
print(describe())
