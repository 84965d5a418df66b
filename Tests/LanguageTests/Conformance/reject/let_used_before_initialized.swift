let flag = Bool.random()
let label: String
if flag {
    label = "yes"
}
print(label)
