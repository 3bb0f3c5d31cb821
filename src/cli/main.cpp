#include "store/store.h"
#include <QGuiApplication>
#include <cstdio>
int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    return 0;
}
