// SPDX-License-Identifier: MIT
#include "appmain.h"

int main(int argc, char **argv)
{
    return cw::gui::cloudwrightMain(argc, argv);
}
