// Anchor for the lb_resources library; the data itself is compiled in by qt_add_resources.
namespace lb {
int resourcesAnchor()
{
    return 0;
}
} // namespace lb
